package realign.cli;

import realign.output.IoFault;

/**
 * A command that can say, after a fault of the disk or file system ({@link IoFault}), what it kept and how to
 * go on; {@link Main} prints it after the fault on the same line.
 */
interface FaultReport {

    /** What was kept and how to continue, e.g. "the sweep so far is kept in ...; ... continue it with: ...". */
    String afterFault(IoFault fault);

    /** What the user can do about a fault of this kind. */
    static String remedy(IoFault fault) {
        return switch (fault.kind()) {
            case NO_SPACE -> "free some space (or write to another disk)";
            case PERMISSION -> "make the folder writable for you (or write elsewhere)";
            case READ_ONLY -> "write to a folder on a writable file system";
            case GONE -> "check that the output folder is still there and nothing else removes it";
            case IO_ERROR -> "check the disk (see the system log)";
        };
    }
}

package realign.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the realign command line in-process and captures what it prints. */
record Cli(int status, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(status, out.toString(), err.toString());
    }
}

fn main() -> std::process::ExitCode {
    kata::cli::main()
}

fn main() {
    kata::cli::main()
}

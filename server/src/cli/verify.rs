pub fn run(_ctx: &super::Context, _ids: &[String], _timeout: Option<u64>) -> super::CliResult {
    Err(super::CliError::new("verify: not yet"))
}

// An associated const (`Self::TRANSIENT`) is a fixed table, as a `const` of
// the file is: searching it is O(1).
// expect Failure::is_retryable: time O(1), space O(1)
// target Failure::is_retryable: time O(1), space O(1)
#[derive(PartialEq)]
pub enum Failure {
    Timeout,
    Unavailable,
    BadRequest,
}

impl Failure {
    const TRANSIENT: &'static [Failure] = &[Failure::Timeout, Failure::Unavailable];

    pub fn is_retryable(&self) -> bool {
        Self::TRANSIENT.iter().any(|f| f == self)
    }
}

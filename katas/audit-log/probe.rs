use crate::Rng;
use audit_log::AuditLog;

pub struct Input {
    events: Vec<(String, String)>,
}

/// n (actor, action) pairs of realistic length.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let events = (0..n)
        .map(|i| (format!("user{}", rng.below(500)), format!("READ record/{}/{i}", rng.below(1_000_000))))
        .collect();
    Input { events }
}

/// n appends to one log, then one full verification.
pub fn run(input: Input) -> u64 {
    let mut log = AuditLog::new();
    for (actor, action) in &input.events {
        log.append(actor, action);
    }
    log.verify().map_or(log.len() as u64, |i| i as u64)
}

use crate::Rng;
use rollout_flags::Flags;

pub struct Input {
    allowed: Vec<String>,
    queries: Vec<String>,
}

/// n allow-listed users, and n queries of which half are not on the list
/// (a linear list scan reads the whole list for those).
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let allowed: Vec<String> = (0..n).map(|i| format!("acct-{:x}-{i}", rng.next_u64() % 0xffff)).collect();
    let mut queries: Vec<String> = (0..n / 2).map(|i| allowed[(i * 7) % n.max(1)].clone()).collect();
    queries.extend((0..n - n / 2).map(|i| format!("visitor-{i}")));
    rng.shuffle(&mut queries);
    Input { allowed, queries }
}

pub fn run(input: Input) -> u64 {
    let mut flags = Flags::new();
    flags.set_rollout("beta", 2_500).unwrap();
    for u in &input.allowed {
        flags.allow("beta", u);
    }
    input.queries.iter().filter(|u| flags.is_enabled("beta", u)).count() as u64
}

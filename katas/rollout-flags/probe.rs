use crate::Rng;
use rollout_flags::Flags;

pub struct Input {
    flags: Vec<String>,
    /// (flag index, user) pairs to allow-list.
    allowed: Vec<(usize, String)>,
    /// (flag index, user) pairs to check.
    queries: Vec<(usize, String)>,
}

/// n/8 flags and n operations. The first flag holds half of the n
/// allow-listed users (a linear list scan reads all of them for a visitor),
/// the rest are spread over the other flags; half of the n queries go to
/// the first flag, half to random flags. The number of flags grows with n
/// too: the target is O(1) in the number of flags as much as in the number
/// of listed users, and a probe with a fixed flag count could not see a
/// flag found by a scan.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let k = (n / 8).max(1);
    let flags: Vec<String> = (0..k).map(|f| format!("flag-{f}-{:x}", rng.next_u64() % 0xffff)).collect();
    let allowed: Vec<(usize, String)> = (0..n)
        .map(|i| {
            let flag = if i % 2 == 0 { 0 } else { (rng.next_u64() as usize) % k };
            (flag, format!("acct-{:x}-{i}", rng.next_u64() % 0xffff))
        })
        .collect();
    let mut queries: Vec<(usize, String)> = Vec::with_capacity(n);
    for i in 0..n {
        let listed = &allowed[(i * 7) % n.max(1)];
        queries.push(match i % 4 {
            // A listed user of the big first flag, or of its own flag.
            0 => (0, allowed[(i * 2) % n.max(1) / 2 * 2].1.clone()),
            1 => listed.clone(),
            // A visitor: on the big flag, or on a random one.
            2 => (0, format!("visitor-{i}")),
            _ => ((rng.next_u64() as usize) % k, format!("visitor-{i}")),
        });
    }
    rng.shuffle(&mut queries);
    Input { flags, allowed, queries }
}

pub fn run(input: Input) -> u64 {
    let mut flags = Flags::new();
    for f in &input.flags {
        flags.set_rollout(f, 2_500).unwrap();
    }
    for (f, u) in &input.allowed {
        flags.allow(&input.flags[*f], u);
    }
    input.queries.iter().filter(|(f, u)| flags.is_enabled(&input.flags[*f], u)).count() as u64
}

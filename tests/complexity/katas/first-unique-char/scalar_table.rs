// learner: optimal
// idiom: fixed-size counting table indexed by the Unicode scalar value (saturating u8 counters), iterator chains
//! First non-repeating character: see README.md.

const SCALARS: usize = 0x11_0000;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counts = vec![0u8; SCALARS];
    s.chars().for_each(|c| {
        let n = &mut counts[c as usize];
        *n = n.saturating_add(1);
    });
    s.chars().find(|&c| counts[c as usize] == 1)
}

// Rebuilding the output with `concat` on every round copies everything so
// far: O(n^2) where one `extend_from_slice` per round is O(n) in all.
// expect flatten_rounds: time O(n^2), space O(n)
// target flatten_rounds: time O(n), space O(n)
pub fn flatten_rounds(rounds: &[Vec<u32>]) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    for r in 0..rounds.len() {
        out = [out.as_slice(), rounds[r].as_slice()].concat();
    }
    out
}

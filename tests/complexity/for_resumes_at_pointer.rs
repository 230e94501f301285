// Two pointers written with `for`: each inner loop starts where the last
// one stopped (`&fails[past..]`), breaks at the window's edge, and moves
// `past` on for good otherwise: O(n + m) over the outer loop.
// expect covered: time O(n), space O(n)
// target covered: time O(n), space O(n)
pub fn covered(spikes: &[u64], fails: &[u64], window: u64) -> Vec<usize> {
    let mut past = 0;
    let mut out = Vec::new();
    for &s in spikes {
        let end = s + window;
        for &f in &fails[past..] {
            if f > end {
                break;
            }
            past += 1;
        }
        out.push(past);
    }
    out
}

// Heap sort's second phase sifts from the root every time: n log n.
// expect drain_sorted: time O(n log n), space O(1)
// target drain_sorted: time O(n), space O(1)
pub fn drain_sorted(h: &mut [u32]) {
    for end in (1..h.len()).rev() {
        h.swap(0, end);
        let mut at = 0;
        loop {
            let mut c = 2 * at + 1;
            if c >= end {
                break;
            }
            if c + 1 < end && h[c + 1] > h[c] {
                c += 1;
            }
            if h[at] >= h[c] {
                break;
            }
            h.swap(at, c);
            at = c;
        }
    }
}

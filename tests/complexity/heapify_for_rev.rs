// Heapify with a `for` over the positions in reverse and a `while` sift.
// expect build: time O(n), space O(1)
// target build: time O(n), space O(1)
pub fn build(h: &mut [u32]) {
    let len = h.len();
    for top in (0..len / 2).rev() {
        let mut at = top;
        while 2 * at + 1 < len {
            let mut c = 2 * at + 1;
            if c + 1 < len && h[c + 1] > h[c] {
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

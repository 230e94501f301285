// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): moves the last char to the front of the unsorted tail with rotate_right, shifting the tail each time
pub fn reverse_in_place(s: &mut String) {
    let mut b = std::mem::take(s).into_bytes();
    let n = b.len();
    let mut p = 0usize; // everything before p is already final
    while p < n {
        // find width of last char: step back over 10xxxxxx bytes
        let mut q = n - 1;
        while b[q] & 0xC0 == 0x80 {
            q -= 1;
        }
        let w = n - q;
        b[p..].rotate_right(w);
        p += w;
    }
    *s = String::from_utf8(b).unwrap();
}

// learner: slow
// idiom: Chapel HPC programmer: byte buffer, each step rotates the trailing char block to the front of the unsorted subdomain [done..n)
// why: reverse_in_place is O(n^2) time vs target O(n): each rotate_right moves the whole remaining subdomain, once per char
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    let n = buf.len();
    let mut done = 0usize;
    while done < n {
        // width of the last char: count continuation bytes from the end
        let mut w = 1;
        while buf[n - w] & 0xC0 == 0x80 {
            w += 1;
        }
        buf[done..n].rotate_right(w);
        done += w;
    }
    *s = String::from_utf8(buf).expect("utf8");
}

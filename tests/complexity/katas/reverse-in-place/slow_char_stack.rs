// learner: slow
// why: reverse_in_place is O(n) space, target O(1): pushes every char onto a Vec<char> stack, then writes them back
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let mut b = std::mem::take(s).into_bytes();
    let mut st: Vec<char> = Vec::default();
    for c in std::str::from_utf8(&b).unwrap().chars() { st.push(c); }
    let mut p = 0;
    let mut t = [0u8; 4];
    while let Some(c) = st.pop() {
        let e = c.encode_utf8(&mut t).as_bytes();
        b[p..p + e.len()].copy_from_slice(e);
        p += e.len();
    }
    *s = String::from_utf8(b).unwrap();
}

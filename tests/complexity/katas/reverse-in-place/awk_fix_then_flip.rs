// learner: optimal
// idiom: awk/sed one-liner sysadmin: like `rev` done by hand: first flip each multibyte char's bytes where it stands (length from the lead byte, like a sed class), then flip the whole line
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let mut b = std::mem::take(s).into_bytes();
    let mut i = 0;
    while i < b.len() {
        let w = match b[i] {
            0x00..=0x7f => 1,
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            _ => 4,
        };
        b[i..i + w].reverse();
        i += w;
    }
    b.reverse();
    *s = String::from_utf8(b).unwrap();
}

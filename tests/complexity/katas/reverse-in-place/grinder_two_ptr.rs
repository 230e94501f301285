// learner: optimal
// idiom: terse grinder, mem::take + into_bytes, reverse all then two-pointer fix of continuation runs
pub fn reverse_in_place(s: &mut String) {
    let mut b = std::mem::take(s).into_bytes();
    b.reverse();
    let n = b.len();
    let mut i = 0;
    while i < n {
        if b[i] & 0xC0 != 0x80 {
            i += 1;
            continue;
        }
        let mut j = i;
        while b[j] & 0xC0 == 0x80 {
            j += 1;
        }
        b[i..=j].reverse();
        i = j + 1;
    }
    *s = String::from_utf8(b).unwrap();
}

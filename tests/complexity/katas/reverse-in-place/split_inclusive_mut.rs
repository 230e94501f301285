// learner: optimal
// idiom: two-liner in the middle: reverse all bytes, then split_inclusive_mut at lead bytes (a reversed char is its continuation bytes followed by its lead byte) and reverse each piece with for_each
//! Reverse a UTF-8 string in place: see README.md.

fn is_lead(b: &u8) -> bool {
    (*b & 0b1100_0000) != 0b1000_0000
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    bytes.split_inclusive_mut(is_lead).for_each(<[u8]>::reverse);
    *s = String::from_utf8(bytes).expect("reversing whole chars keeps UTF-8 valid");
}

// learner: optimal
// idiom: split_at_mut halves swapped via iter_mut().zip(iter_mut().rev()), then a while loop that finds each continuation run with position and reverses it
//! Reverse a UTF-8 string in place: see README.md.

use std::mem;

pub fn reverse_in_place(s: &mut String) {
    let mut raw = mem::replace(s, String::new()).into_bytes();
    let half = raw.len() / 2;
    {
        let (front, back) = raw.split_at_mut(half);
        let back_len = back.len();
        // skip the middle byte of an odd length
        let back = &mut back[back_len - half..];
        for (a, b) in front.iter_mut().zip(back.iter_mut().rev()) {
            mem::swap(a, b);
        }
    }
    let mut i = 0;
    while i < raw.len() {
        if raw[i] & 0b1100_0000 == 0b1000_0000 {
            // continuation bytes up to (and including) the lead byte
            let run = raw[i..].iter().position(|&b| b & 0b1100_0000 != 0b1000_0000).unwrap();
            raw[i..=i + run].reverse();
            i += run + 1;
        } else {
            i += 1;
        }
    }
    *s = String::from_utf8(raw).unwrap();
}

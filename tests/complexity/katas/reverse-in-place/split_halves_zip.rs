// learner: optimal
// idiom: split_at_mut halves swapped with iter_mut().zip(iter_mut().rev()), then for-loop fix-up tracking the run start in an Option
//! Reverse a UTF-8 string in place: see README.md.

use std::mem;

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = mem::take(s).into_bytes();
    let half = bytes.len() / 2;
    {
        let (front, back) = bytes.split_at_mut(half);
        let back = if back.len() > front.len() { &mut back[1..] } else { back };
        for (x, y) in front.iter_mut().zip(back.iter_mut().rev()) {
            mem::swap(x, y);
        }
    }
    let mut run_start: Option<usize> = None;
    for idx in 0..bytes.len() {
        let continuation = bytes[idx] & 0b1100_0000 == 0b1000_0000;
        match (continuation, run_start) {
            (true, None) => run_start = Some(idx),
            (false, Some(start)) => {
                bytes[start..=idx].reverse();
                run_start = None;
            }
            _ => {}
        }
    }
    *s = String::from_utf8(bytes).unwrap();
}

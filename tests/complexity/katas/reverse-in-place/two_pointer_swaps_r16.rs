// learner: optimal
// idiom: beginner C-style: hand-written two-pointer byte swap, then a for-loop that remembers where a continuation run started
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut data = std::mem::take(s).into_bytes();
    let n = data.len();
    if n > 1 {
        let mut left = 0;
        let mut right = n - 1;
        while left < right {
            let tmp = data[left];
            data[left] = data[right];
            data[right] = tmp;
            left += 1;
            right -= 1;
        }
    }
    let mut run_start: Option<usize> = None;
    for k in 0..n {
        let cont = (data[k] >> 6) == 0b10;
        if cont {
            if run_start.is_none() {
                run_start = Some(k);
            }
        } else if let Some(start) = run_start {
            // data[start..=k] is continuation bytes + lead byte: flip it back
            let (mut a, mut b) = (start, k);
            while a < b {
                data.swap(a, b);
                a += 1;
                b -= 1;
            }
            run_start = None;
        }
    }
    *s = String::from_utf8(data).unwrap();
}

// learner: optimal
// idiom: REXX: split the buffer in two halves and swap pairwise from the outside in, then mend the runs with a position-and-length PARSE loop
// why: the halves are swapped through iter_mut (same buffer), the mend pass visits each byte once: O(n) time, O(1) extra

/* REXX-style: like SUBSTR with start/length pairs; nothing is copied out of the buffer. */

pub fn reverse_in_place(s: &mut String) {
    let mut the_bytes = std::mem::take(s).into_bytes();
    let half_len = the_bytes.len() / 2;
    {
        let (left_half, right_half) = the_bytes.split_at_mut(half_len);
        // when the length is odd the middle byte is right_half[0]; it stays where it is
        let right_start = right_half.len() - half_len;
        for (l_byte, r_byte) in left_half.iter_mut().zip(right_half[right_start..].iter_mut().rev()) {
            std::mem::swap(l_byte, r_byte);
        }
    }

    // mend: find each run of continuation bytes (10xxxxxx) + its lead byte, flip that run
    let total_len = the_bytes.len();
    let mut run_start = 0usize;
    let mut run_length = 0usize;
    let mut pos = 0usize;
    while pos < total_len {
        let b = the_bytes[pos];
        if b & 0b1100_0000 == 0b1000_0000 {
            if run_length == 0 {
                run_start = pos;
            }
            run_length += 1;
        } else if run_length > 0 {
            // lead byte ends the run
            the_bytes[run_start..=pos].reverse();
            run_length = 0;
        }
        pos += 1;
    }

    *s = String::from_utf8(the_bytes).expect("valid after mending");
}

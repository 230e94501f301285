// learner: optimal
// idiom: moves the buffer out with mem::swap against an empty String, for-loop over indices with a run-start marker (Option<usize>)
use std::mem;

pub fn reverse_in_place(s: &mut String) {
    let mut owned = String::new();
    mem::swap(s, &mut owned);
    let mut bytes = owned.into_bytes();
    bytes.reverse();

    let mut run_start: Option<usize> = None;
    for i in 0..bytes.len() {
        let continuation = bytes[i] & 0b1100_0000 == 0b1000_0000;
        match (continuation, run_start) {
            (true, None) => run_start = Some(i),
            (true, Some(_)) => {}
            (false, Some(start)) => {
                bytes[start..=i].reverse(); // the lead byte closes the run
                run_start = None;
            }
            (false, None) => {}
        }
    }

    let mut fixed = String::from_utf8(bytes).unwrap();
    mem::swap(s, &mut fixed);
}

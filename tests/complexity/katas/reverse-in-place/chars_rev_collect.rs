// learner: slow
// idiom: teenager who learnt programming in Scratch: the one-liner from the internet, go through the letters backwards and join them into a new string
// why: reverse_in_place is O(n) time but builds a whole second String (chars().rev().collect()): O(n) extra space vs the O(1) target
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    // read the letters from the end to the start into a new string
    let backwards: String = s.chars().rev().collect();
    *s = backwards;
}

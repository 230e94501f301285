// learner: slow
// idiom: Unity C# game developer: String.Remove/Insert thinking: repeatedly pop the last char and insert it at a moving front position, all inside the same String
// why: reverse_in_place is O(n^2) time (String::insert shifts the rest of the buffer on every char) vs the O(n) target; space is O(1)
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let mut insertAt = 0;
    while insertAt < s.len() {
        let Some(last) = s.pop() else { break };
        s.insert(insertAt, last);
        insertAt += last.len_utf8();
    }
}

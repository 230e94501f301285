// learner: optimal
// idiom: logo teacher: streaming style, counts plus a line of candidates in arrival order with a moving "front of the line" index
// why: each char is counted once and joins the candidate line at most once; the front index only moves forward: O(n) time, O(k) space
//! First non-repeating character: see README.md.

use std::collections::HashMap;

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    // How many times we have seen each character so far.
    let mut times_seen: HashMap<char, u32> = HashMap::new();
    // Characters in the order they first arrived: the waiting line.
    let mut waiting_line: Vec<char> = Vec::new();
    // Everyone before this position has already been sent away (they repeated).
    let mut front_of_line: usize = 0;

    for arriving in s.chars() {
        let count = times_seen.entry(arriving).or_insert(0);
        *count += 1;
        if *count == 1 {
            // A new face joins the back of the line.
            waiting_line.push(arriving);
        }
        // Send away people at the front who turned out to repeat.
        while front_of_line < waiting_line.len() && times_seen[&waiting_line[front_of_line]] > 1 {
            front_of_line += 1;
        }
    }

    // Whoever stands at the front now is the first unique character.
    waiting_line.get(front_of_line).copied()
}

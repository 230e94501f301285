// learner: optimal
// idiom: teacher style, one Chars iterator used from both ends, booleans for "found left/right letter", while loops with comments
pub fn is_palindrome(s: &str) -> bool {
    // one cursor that can be read from the front and from the back
    let mut letters = s.chars();
    let mut keep_going = true;
    while keep_going {
        // Step 1: find the next letter from the front
        let mut front_letter = None;
        let mut looking = true;
        while looking {
            match letters.next() {
                Some(c) if c.is_alphanumeric() => {
                    front_letter = Some(c);
                    looking = false;
                }
                Some(_) => {}
                None => looking = false,
            }
        }
        // Step 2: find the next letter from the back
        let mut back_letter = None;
        looking = true;
        while looking {
            match letters.next_back() {
                Some(c) if c.is_alphanumeric() => {
                    back_letter = Some(c);
                    looking = false;
                }
                Some(_) => {}
                None => looking = false,
            }
        }
        // Step 3: compare them
        match (front_letter, back_letter) {
            (Some(a), Some(b)) => {
                let same = a.to_lowercase().eq(b.to_lowercase());
                if !same {
                    return false;
                }
            }
            // the middle letter (or nothing) is left: we are done
            _ => keep_going = false,
        }
    }
    true
}

// learner: optimal
// idiom: VB.NET style: two explicit byte-position counters, While loops, decoding one char at each cursor, verbose names
pub fn is_palindrome(s: &str) -> bool {
    let mut left_position: usize = 0;
    let mut right_position: usize = s.len();
    while left_position < right_position {
        let left_character = match s[left_position..right_position].chars().next() {
            Some(character) => character,
            None => return true,
        };
        if !left_character.is_alphanumeric() {
            left_position += left_character.len_utf8();
            continue;
        }
        let right_character = match s[left_position..right_position].chars().next_back() {
            Some(character) => character,
            None => return true,
        };
        if !right_character.is_alphanumeric() {
            right_position -= right_character.len_utf8();
            continue;
        }
        let characters_match = left_character.to_lowercase().eq(right_character.to_lowercase());
        if characters_match == false {
            return false;
        }
        left_position += left_character.len_utf8();
        if left_position >= right_position {
            return true;
        }
        right_position -= right_character.len_utf8();
    }
    true
}

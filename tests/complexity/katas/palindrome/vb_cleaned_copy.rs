// learner: slow
// why: is_palindrome is O(n) space, target O(1): copies the lowercased alphanumeric chars into a Vec<char> first
pub fn is_palindrome(s: &str) -> bool {
    let mut cleaned_characters: Vec<char> = Vec::new();
    for current_character in s.chars() {
        if current_character.is_alphanumeric() {
            for lower_character in current_character.to_lowercase() {
                cleaned_characters.push(lower_character);
            }
        }
    }
    let total_count = cleaned_characters.len();
    let mut index_counter: usize = 0;
    while index_counter < total_count / 2 {
        if cleaned_characters[index_counter] != cleaned_characters[total_count - 1 - index_counter] {
            return false;
        }
        index_counter += 1;
    }
    true
}

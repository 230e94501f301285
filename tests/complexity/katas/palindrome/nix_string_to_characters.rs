// learner: slow
// idiom: Nix: `let cs = filter isAlnum (stringToCharacters s); in all id (zipListsWith sameLetter cs (reverseList cs))`
// why: materialises the cleaned text and its reverse as two Vec<char>: O(n) extra space, target O(1)

pub fn is_palindrome(s: &str) -> bool {
    let cs: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).collect();
    let reversed: Vec<char> = cs.iter().rev().copied().collect();
    cs.iter()
        .zip(reversed.iter())
        .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
}

// learner: optimal
// idiom: ObjC-style: a PalindromeScanner struct with byte-index cursors and many small descriptive methods
//! Palindrome check without a copy: see README.md.

struct PalindromeScanner<'a> {
    sourceText: &'a str,
    leadingByteIndex: usize,
    trailingByteIndex: usize,
}

#[allow(non_snake_case)]
impl<'a> PalindromeScanner<'a> {
    fn initWithText(sourceText: &'a str) -> Self {
        PalindromeScanner { sourceText, leadingByteIndex: 0, trailingByteIndex: sourceText.len() }
    }

    fn cursorsHaveCrossed(&self) -> bool {
        self.leadingByteIndex >= self.trailingByteIndex
    }

    fn characterAtLeadingCursor(&self) -> Option<char> {
        self.sourceText[self.leadingByteIndex..self.trailingByteIndex].chars().next()
    }

    fn characterBeforeTrailingCursor(&self) -> Option<char> {
        self.sourceText[self.leadingByteIndex..self.trailingByteIndex].chars().next_back()
    }

    fn advanceLeadingCursorToNextAlphanumeric(&mut self) -> Option<char> {
        while !self.cursorsHaveCrossed() {
            let candidate = self.characterAtLeadingCursor()?;
            if candidate.is_alphanumeric() {
                return Some(candidate);
            }
            self.leadingByteIndex += candidate.len_utf8();
        }
        None
    }

    fn retreatTrailingCursorToPreviousAlphanumeric(&mut self) -> Option<char> {
        while !self.cursorsHaveCrossed() {
            let candidate = self.characterBeforeTrailingCursor()?;
            if candidate.is_alphanumeric() {
                return Some(candidate);
            }
            self.trailingByteIndex -= candidate.len_utf8();
        }
        None
    }

    fn charactersMatchIgnoringCase(first: char, second: char) -> bool {
        first.to_lowercase().eq(second.to_lowercase())
    }

    fn consumeMatchedPair(&mut self, leading: char, trailing: char) {
        self.leadingByteIndex += leading.len_utf8();
        if self.trailingByteIndex >= trailing.len_utf8() {
            self.trailingByteIndex -= trailing.len_utf8();
        }
    }

    fn isPalindrome(&mut self) -> bool {
        loop {
            let leadingCharacter = match self.advanceLeadingCursorToNextAlphanumeric() {
                Some(c) => c,
                None => return true,
            };
            let trailingCharacter = match self.retreatTrailingCursorToPreviousAlphanumeric() {
                Some(c) => c,
                None => return true,
            };
            if self.trailingByteIndex - self.leadingByteIndex <= leadingCharacter.len_utf8() {
                // both cursors sit on the same middle character
                return true;
            }
            if !Self::charactersMatchIgnoringCase(leadingCharacter, trailingCharacter) {
                return false;
            }
            self.consumeMatchedPair(leadingCharacter, trailingCharacter);
        }
    }
}

pub fn is_palindrome(s: &str) -> bool {
    let mut scanner = PalindromeScanner::initWithText(s);
    scanner.isPalindrome()
}

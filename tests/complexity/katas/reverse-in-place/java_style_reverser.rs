// learner: optimal
// idiom: Java/C#-style: a Utf8Reverser class owning the buffer, with small helper methods
//! Reverse a UTF-8 string in place: see README.md.

struct Utf8Reverser {
    buffer: Vec<u8>,
}

impl Utf8Reverser {
    fn new(text: String) -> Self {
        Utf8Reverser { buffer: text.into_bytes() }
    }

    fn length(&self) -> usize {
        self.buffer.len()
    }

    fn is_continuation_at(&self, index: usize) -> bool {
        (self.buffer[index] & 0b1100_0000) == 0b1000_0000
    }

    fn swap_range(&mut self, mut left: usize, mut right: usize) {
        while left < right {
            self.buffer.swap(left, right);
            left += 1;
            right -= 1;
        }
    }

    fn reverse_all_bytes(&mut self) {
        let len = self.length();
        if len > 1 {
            self.swap_range(0, len - 1);
        }
    }

    fn end_of_char_run(&self, start: usize) -> usize {
        let mut end = start;
        while self.is_continuation_at(end) {
            end += 1;
        }
        end
    }

    fn restore_multibyte_chars(&mut self) {
        let mut index = 0;
        while index < self.length() {
            if self.is_continuation_at(index) {
                let lead = self.end_of_char_run(index);
                self.swap_range(index, lead);
                index = lead + 1;
            } else {
                index += 1;
            }
        }
    }

    fn into_string(self) -> String {
        String::from_utf8(self.buffer).expect("valid UTF-8 after fix-up")
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut reverser = Utf8Reverser::new(std::mem::take(s));
    reverser.reverse_all_bytes();
    reverser.restore_multibyte_chars();
    *s = reverser.into_string();
}

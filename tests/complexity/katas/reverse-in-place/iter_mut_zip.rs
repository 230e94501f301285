// learner: optimal
// idiom: Spring-style: a small "ByteReverser" service struct, split_at_mut + iter_mut().zip(iter_mut().rev()) swap, chunk walk via helper returning Option
struct ByteReverser<'a> {
    buffer: &'a mut [u8],
}

impl<'a> ByteReverser<'a> {
    fn new(buffer: &'a mut [u8]) -> Self {
        ByteReverser { buffer }
    }

    fn execute(self) {
        Self::mirror(self.buffer);
        let mut offset = 0;
        while let Some(width) = Self::next_run(&self.buffer[offset..]) {
            Self::mirror(&mut self.buffer[offset..offset + width]);
            offset += width;
        }
    }

    fn mirror(slice: &mut [u8]) {
        let half = slice.len() / 2;
        let (left, right) = slice.split_at_mut(slice.len() - half);
        left.iter_mut()
            .zip(right.iter_mut().rev())
            .for_each(|(a, b)| std::mem::swap(a, b));
    }

    fn next_run(rest: &[u8]) -> Option<usize> {
        if rest.is_empty() {
            return None;
        }
        rest.iter()
            .position(|&byte| (byte as i8) >= -64)
            .map(|lead_at| lead_at + 1)
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    ByteReverser::new(&mut bytes).execute();
    *s = String::from_utf8(bytes).unwrap_or_default();
}

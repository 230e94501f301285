// learner: optimal
// idiom: game-jam: (size, map, got) tuple struct, while-let swallow loop, missing via scan + chain
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError { OutOfBounds { offset: u64, len: u64, size: u64 } }

#[derive(Debug, Clone)]
pub struct Upload(u64, BTreeMap<u64, u64>, u64);

impl Upload {
    pub fn new(size: u64) -> Self { Upload(size, BTreeMap::new(), 0) }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let size = self.0;
        let mut b = offset.checked_add(len).filter(|&e| e <= size).ok_or(UploadError::OutOfBounds { offset, len, size })?;
        if len == 0 { return Ok(0); }
        let (mut a, mut old) = (offset, 0);
        if let Some((&s, &e)) = self.1.range(..a).next_back() { if e >= a { self.1.remove(&s); old += e - s; a = s; b = b.max(e); } }
        while let Some((&s, &e)) = self.1.range(a..=b).next() { self.1.remove(&s); old += e - s; b = b.max(e); }
        self.1.insert(a, b);
        self.2 += b - a - old;
        Ok(b - a - old)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut at = 0;
        self.1.iter().map(|(&s, &e)| (s, e)).chain(std::iter::once((self.0, self.0)))
            .filter_map(|(s, e)| { let g = at..s; at = e; (g.start < g.end).then_some(g) }).collect()
    }

    pub fn received_bytes(&self) -> u64 { self.2 }
    pub fn is_complete(&self) -> bool { self.2 == self.0 }
}

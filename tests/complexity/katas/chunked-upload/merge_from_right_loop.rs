// learner: optimal
// idiom: Nim systems programmer: BTreeMap start -> end; one loop repeatedly takes the last stored range starting at or before the chunk end and merges it while it still touches, counting covered bytes by hand
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    got: u64,
    ranges: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size: size, got: 0, ranges: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut newStart = offset;
        let mut newEnd = end;
        let mut overlap: u64 = 0;
        loop {
            let (s, e) = match self.ranges.range(..=end).next_back() {
                Some((s, e)) => (*s, *e),
                None => break,
            };
            if e < offset {
                break; // ends before the chunk and does not touch it
            }
            self.ranges.remove(&s);
            let a = if s > offset { s } else { offset };
            let b = if e < end { e } else { end };
            if b > a {
                overlap += b - a;
            }
            if s < newStart {
                newStart = s;
            }
            if e > newEnd {
                newEnd = e;
            }
        }
        self.ranges.insert(newStart, newEnd);
        let added = len - overlap;
        self.got += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut result: Vec<Range<u64>> = Vec::with_capacity(self.ranges.len() + 1);
        let mut pos: u64 = 0;
        for (s, e) in self.ranges.iter() {
            if *s > pos {
                result.push(pos..*s);
            }
            pos = *e;
        }
        if pos < self.size {
            result.push(pos..self.size);
        }
        result
    }

    pub fn received_bytes(&self) -> u64 {
        self.got
    }

    pub fn is_complete(&self) -> bool {
        self.got == self.size
    }
}

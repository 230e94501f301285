// learner: optimal
// idiom: beginner BTreeMap with loop + range(..=end).next_back() merging from the right, explicit returns, if/else
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    ranges: BTreeMap<u64, u64>,
    total: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        return Upload { size: size, ranges: BTreeMap::new(), total: 0 };
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) => e,
            None => return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size }),
        };
        if end > self.size {
            return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size });
        }
        if len == 0 {
            return Ok(0);
        }
        let mut new_start = offset;
        let mut new_end = end;
        let mut old_bytes = 0;
        loop {
            // the last stored range that starts at or before new_end
            let found = self.ranges.range(..=new_end).next_back();
            let (s, e) = match found {
                Some((s, e)) => (*s, *e),
                None => break,
            };
            if e < new_start {
                // ends before our chunk: no overlap, and nothing further left can touch
                break;
            }
            self.ranges.remove(&s);
            old_bytes = old_bytes + (e - s);
            if s < new_start {
                new_start = s;
            }
            if e > new_end {
                new_end = e;
            }
        }
        self.ranges.insert(new_start, new_end);
        let added = (new_end - new_start) - old_bytes;
        self.total = self.total + added;
        return Ok(added);
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut result = Vec::new();
        let mut pos = 0;
        for (s, e) in &self.ranges {
            if *s > pos {
                result.push(pos..*s);
            }
            pos = *e;
        }
        if pos < self.size {
            result.push(pos..self.size);
        }
        return result;
    }

    pub fn received_bytes(&self) -> u64 {
        return self.total;
    }

    pub fn is_complete(&self) -> bool {
        if self.total == self.size {
            return true;
        } else {
            return false;
        }
    }
}

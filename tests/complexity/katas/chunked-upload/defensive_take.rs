// learner: optimal
// idiom: defensive beginner: explicit matches, early returns, redundant sanity checks, mem::replace for the running total
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::mem;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    ranges: BTreeMap<u64, u64>,
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: BTreeMap::new(), received: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(end) => end,
            None => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if end > self.size {
            return Err(UploadError::OutOfBounds { offset, len, size: self.size });
        }
        if len == 0 {
            return Ok(0);
        }

        let mut new_start = offset;
        let mut new_end = end;
        let mut already_had: u64 = 0;

        let before = match self.ranges.range(..offset).next_back() {
            Some((&s, &e)) => Some((s, e)),
            None => None,
        };
        match before {
            Some((s, e)) if e >= offset => {
                self.ranges.remove(&s);
                already_had += e - s;
                new_start = s;
                if e > new_end {
                    new_end = e;
                }
            }
            _ => {}
        }

        loop {
            let next = match self.ranges.range(new_start..=new_end).next() {
                Some((&s, &e)) => (s, e),
                None => break,
            };
            let (s, e) = next;
            if self.ranges.remove(&s).is_none() {
                break;
            }
            already_had += e - s;
            if e > new_end {
                new_end = e;
            }
        }

        self.ranges.insert(new_start, new_end);
        let merged_len = new_end - new_start;
        if merged_len < already_had {
            // should never happen
            return Ok(0);
        }
        let added = merged_len - already_had;
        let old_total = mem::replace(&mut self.received, 0);
        self.received = old_total + added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut result: Vec<Range<u64>> = Vec::new();
        if self.size == 0 {
            return result;
        }
        let mut position: u64 = 0;
        for (start, end) in self.ranges.iter() {
            if *start > position {
                result.push(position..*start);
            }
            position = *end;
        }
        if position < self.size {
            result.push(position..self.size);
        }
        result
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        if self.size == 0 {
            return true;
        }
        self.received == self.size
    }
}

// learner: slow
// idiom: Nim systems programmer: a seq of (start, end) pairs; each chunk is appended, the seq re-sorted and re-merged in one pass, new bytes = total after - total before
// why: Upload::receive is O(n log n) per chunk (sort of all n stored ranges plus an O(n) merge and sum) whatever k is, vs the O(k log n) / O(log n) amortised target
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    ranges: Vec<(u64, u64)>,
    total: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size: size, ranges: Vec::new(), total: 0 }
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
        let before = self.total;
        self.ranges.push((offset, end));
        self.ranges.sort();
        let mut merged: Vec<(u64, u64)> = Vec::with_capacity(self.ranges.len());
        for i in 0..self.ranges.len() {
            let (s, e) = self.ranges[i];
            let n = merged.len();
            if n > 0 && merged[n - 1].1 >= s {
                if e > merged[n - 1].1 {
                    merged[n - 1].1 = e;
                }
            } else {
                merged.push((s, e));
            }
        }
        self.ranges = merged;
        recount(self);
        Ok(self.total - before)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut result: Vec<Range<u64>> = Vec::new();
        let mut pos: u64 = 0;
        for i in 0..self.ranges.len() {
            if self.ranges[i].0 > pos {
                result.push(pos..self.ranges[i].0);
            }
            pos = self.ranges[i].1;
        }
        if pos < self.size {
            result.push(pos..self.size);
        }
        result
    }

    pub fn received_bytes(&self) -> u64 {
        self.total
    }

    pub fn is_complete(&self) -> bool {
        self.total == self.size
    }
}

fn recount(up: &mut Upload) {
    let mut t: u64 = 0;
    for i in 0..up.ranges.len() {
        t += up.ranges[i].1 - up.ranges[i].0;
    }
    up.total = t;
}

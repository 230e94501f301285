// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): it filters the whole map for overlapping ranges on every chunk
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    ranges: BTreeMap<u64, u64>,
    total: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: BTreeMap::new(), total: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = offset
            .checked_add(len)
            .filter(|&e| e <= self.size)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.size })?;
        if len == 0 {
            return Ok(0);
        }
        let touching: Vec<(u64, u64)> = self
            .ranges
            .iter()
            .map(|(&s, &e)| (s, e))
            .skip_while(|&(_, e)| e < offset)
            .take_while(|&(s, _)| s <= end)
            .collect();
        let (start, stop, had) = touching
            .iter()
            .fold((offset, end, 0), |(a, b, h), &(s, e)| (a.min(s), b.max(e), h + (e - s)));
        touching.iter().for_each(|(s, _)| {
            self.ranges.remove(s);
        });
        self.ranges.insert(start, stop);
        let added = (stop - start) - had;
        self.total += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let bounds = std::iter::once((0, 0))
            .chain(self.ranges.iter().map(|(&s, &e)| (s, e)))
            .chain(std::iter::once((self.size, self.size)));
        bounds
            .scan(None::<u64>, |prev_end, (s, e)| {
                let gap = prev_end.map(|p| p..s);
                *prev_end = Some(e);
                Some(gap)
            })
            .flatten()
            .filter(|r| r.start < r.end)
            .collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.total
    }

    pub fn is_complete(&self) -> bool {
        self.total == self.size
    }
}

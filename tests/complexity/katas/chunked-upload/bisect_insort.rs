// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): binary search in a sorted Vec of ranges, but drain + insert shift the tail on every chunk
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    ranges: Vec<(u64, u64)>,
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: Vec::new(), received: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = offset
            .checked_add(len)
            .filter(|&e| e <= self.size)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.size })?;
        if len == 0 {
            return Ok(0);
        }
        // bisect: first range whose end reaches offset, first range whose start is past end
        let first = self.ranges.partition_point(|&(_, e)| e < offset);
        let last = self.ranges.partition_point(|&(s, _)| s <= end);
        let absorbed: Vec<(u64, u64)> = self.ranges.drain(first..last).collect();
        let lo = absorbed.iter().map(|&(s, _)| s).chain([offset]).min().unwrap();
        let hi = absorbed.iter().map(|&(_, e)| e).chain([end]).max().unwrap();
        let old: u64 = absorbed.iter().map(|(s, e)| e - s).sum();
        self.ranges.insert(first, (lo, hi));
        let fresh = hi - lo - old;
        self.received += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let bounds = std::iter::once(0).chain(self.ranges.iter().map(|&(_, e)| e));
        let starts = self.ranges.iter().map(|&(s, _)| s).chain(std::iter::once(self.size));
        bounds.zip(starts).filter(|(a, b)| a < b).map(|(a, b)| a..b).collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}

// learner: slow
// why: Upload::received_bytes / is_complete are O(n) time, target O(1): sums every stored range on each call instead of keeping a running total
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    map: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size: size, map: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end: u64 = match offset.checked_add(len) {
            Some(e) => e,
            None => return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size }),
        };
        if end > self.size {
            return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size });
        }
        if len == 0 {
            return Ok(0);
        }
        let mut start: u64 = offset;
        let mut stop: u64 = end;
        let mut seen: u64 = 0;
        if let Some((&s, &e)) = self.map.range(..offset).next_back() {
            if e >= offset {
                self.map.remove(&s);
                seen += e - s;
                start = s;
                stop = stop.max(e);
            }
        }
        while let Some((&s, &e)) = self.map.range(offset..=stop).next() {
            self.map.remove(&s);
            seen += e - s;
            stop = stop.max(e);
        }
        self.map.insert(start, stop);
        Ok(stop - start - seen)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out: Vec<Range<u64>> = Vec::new();
        let mut pos: u64 = 0;
        for (s, e) in self.map.iter() {
            if *s > pos {
                out.push(pos..*s);
            }
            pos = *e;
        }
        if pos < self.size {
            out.push(pos..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        let mut total: u64 = 0;
        for (s, e) in self.map.iter() {
            total += e - s;
        }
        total
    }

    pub fn is_complete(&self) -> bool {
        self.received_bytes() == self.size
    }
}

// learner: optimal
// idiom: impl with private helpers (find_left, absorb), if-heavy, Option<(u64,u64)> returns, saturating arithmetic
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    done: BTreeMap<u64, u64>,
    bytes: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size: size, done: BTreeMap::new(), bytes: 0 }
    }

    /// The stored range that starts at or before `pos`, if it reaches `pos`.
    fn find_left(&self, pos: u64) -> Option<(u64, u64)> {
        let (&s, &e) = self.done.range(..=pos).next_back()?;
        if e >= pos { Some((s, e)) } else { None }
    }

    /// The first stored range starting in `from..=to`.
    fn find_right(&self, from: u64, to: u64) -> Option<(u64, u64)> {
        let (&s, &e) = self.done.range(from..).next()?;
        if s <= to { Some((s, e)) } else { None }
    }

    fn absorb(&mut self, s: u64, e: u64, offset: u64, end: u64) -> u64 {
        self.done.remove(&s);
        let a = if s > offset { s } else { offset };
        let b = if e < end { e } else { end };
        b.saturating_sub(a)
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let bad = UploadError::OutOfBounds { offset, len, size: self.size };
        let end = offset.checked_add(len).ok_or(bad.clone())?;
        if end > self.size {
            return Err(bad);
        }
        if len == 0 {
            return Ok(0);
        }
        let mut start = offset;
        let mut stop = end;
        let mut seen = 0;
        if let Some((s, e)) = self.find_left(offset) {
            seen += self.absorb(s, e, offset, end);
            start = s;
            if e > stop {
                stop = e;
            }
        }
        while let Some((s, e)) = self.find_right(offset, end) {
            seen += self.absorb(s, e, offset, end);
            if e > stop {
                stop = e;
            }
        }
        self.done.insert(start, stop);
        self.bytes += len - seen;
        Ok(len - seen)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut res = vec![];
        let mut from = 0;
        for (s, e) in self.done.iter() {
            if *s != from {
                res.push(from..*s);
            }
            from = *e;
        }
        if from != self.size {
            res.push(from..self.size);
        }
        res
    }

    pub fn received_bytes(&self) -> u64 {
        self.bytes
    }

    pub fn is_complete(&self) -> bool {
        self.bytes >= self.size
    }
}

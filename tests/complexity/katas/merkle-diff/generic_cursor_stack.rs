// learner: optimal
// idiom: trait-heavy: a generic Cursor (level, index) type with span/children methods, levels built with chunks + map/collect, DFS via while-let on a Vec stack, ranges merged through Option::as_mut on last_mut
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::marker::PhantomData;
use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

#[derive(Clone, Copy, Debug)]
struct Cursor {
    level: usize,
    index: usize,
}

impl Cursor {
    fn is_leaf(self) -> bool {
        self.level == 0
    }

    fn children(self, below_len: usize) -> impl Iterator<Item = Cursor> {
        let left = 2 * self.index;
        let level = self.level - 1;
        (left..(left + 2).min(below_len)).rev().map(move |index| Cursor { level, index })
    }
}

trait RangeSink {
    fn add_index(&mut self, i: usize);
}

impl RangeSink for Vec<Range<usize>> {
    fn add_index(&mut self, i: usize) {
        match self.last_mut() {
            Some(r) if r.end == i => r.end += 1,
            _ => self.push(i..i + 1),
        }
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        if !blocks.is_empty() {
            levels.push(blocks.iter().map(|b| H::leaf(b)).collect());
            while let Some(below) = levels.last().filter(|l| l.len() > 1) {
                let above: Vec<H::Digest> = below
                    .chunks(2)
                    .map(|pair| match *pair {
                        [l, r] => H::node(l, r),
                        [only] => only,
                        _ => unreachable!(),
                    })
                    .collect();
                levels.push(above);
            }
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().map(|top| top[0])
    }

    fn at(&self, c: Cursor) -> H::Digest {
        self.levels[c.level][c.index]
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees differ in length");
        let mut found: Vec<Range<usize>> = Vec::new();
        let mut stack: Vec<Cursor> = match self.levels.len() {
            0 => Vec::new(),
            h => vec![Cursor { level: h - 1, index: 0 }],
        };
        while let Some(c) = stack.pop() {
            if self.at(c) == other.at(c) {
                continue;
            }
            if c.is_leaf() {
                found.add_index(c.index);
            } else {
                stack.extend(c.children(self.levels[c.level - 1].len()));
            }
        }
        found
    }
}

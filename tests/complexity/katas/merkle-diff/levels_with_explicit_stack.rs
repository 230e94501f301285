// learner: optimal
// idiom: Tcl/Tk tools engineer: a list of levels (leaves first), built with chunks(2); diff walks an explicit stack of (level, index) pairs, right child pushed first so leaves come out in order
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::fmt::Debug;
use std::marker::PhantomData;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher (provided).
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

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    /// levels[0] = leaf digests, the last level holds the root.
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

fn note_block(out: &mut Vec<Range<usize>>, i: usize) {
    match out.last_mut() {
        Some(r) if r.end == i => r.end = i + 1,
        _ => out.push(i..i + 1),
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let mut levels = vec![leaves];
        while levels[levels.len() - 1].len() > 1 {
            let below = &levels[levels.len() - 1];
            let above: Vec<H::Digest> = below
                .chunks(2)
                .map(|pair| if pair.len() == 2 { H::node(pair[0], pair[1]) } else { pair[0] })
                .collect();
            levels.push(above);
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|top| top.first().copied())
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("cannot diff trees of different length: {} vs {}", self.len(), other.len());
        }
        let mut out = Vec::new();
        if self.is_empty() {
            return out;
        }
        let top = self.levels.len() - 1;
        if self.levels[top][0] == other.levels[top][0] {
            return out;
        }
        let mut stack = vec![(top, 0usize)];
        while let Some((level, idx)) = stack.pop() {
            if level == 0 {
                note_block(&mut out, idx);
                continue;
            }
            let below = level - 1;
            let left = 2 * idx;
            let right = left + 1;
            if right < self.levels[below].len() {
                if self.levels[below][right] != other.levels[below][right] {
                    stack.push((below, right));
                }
                if self.levels[below][left] != other.levels[below][left] {
                    stack.push((below, left));
                }
            } else {
                // carried up unchanged: it differs because its parent does
                stack.push((below, left));
            }
        }
        out
    }
}

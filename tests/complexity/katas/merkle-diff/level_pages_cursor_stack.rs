// learner: optimal
// idiom: Vec of level pages (levels[0] = leaves), index-loop build, explicit cursor stack of (level, slot) for the lockstep descent, range merge on the fly
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

/// A Merkle tree stored as pages, one per level, leaves first.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        let mut leaves = Vec::with_capacity(blocks.len());
        for b in blocks {
            leaves.push(H::leaf(b));
        }
        levels.push(leaves);
        loop {
            let below = levels.last().unwrap();
            if below.len() <= 1 {
                break;
            }
            let mut above = Vec::with_capacity((below.len() + 1) / 2);
            let mut slot = 0;
            while slot < below.len() {
                if slot + 1 < below.len() {
                    above.push(H::node(below[slot], below[slot + 1]));
                } else {
                    above.push(below[slot]); // odd one out is carried up
                }
                slot += 2;
            }
            levels.push(above);
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|top| top.first().copied())
    }

    /// The ranges of block indices whose leaf digests differ.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(
            self.len() == other.len(),
            "diff needs trees of equal length: {} vs {} blocks",
            self.len(),
            other.len()
        );
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.is_empty() {
            return out;
        }
        let top = self.levels.len() - 1;
        let mut stack: Vec<(usize, usize)> = vec![(top, 0)];
        while let Some((level, slot)) = stack.pop() {
            if self.levels[level][slot] == other.levels[level][slot] {
                continue;
            }
            if level == 0 {
                match out.last_mut() {
                    Some(last) if last.end == slot => last.end = slot + 1,
                    _ => out.push(slot..slot + 1),
                }
                continue;
            }
            let child = 2 * slot;
            let width = self.levels[level - 1].len();
            if child + 1 < width {
                stack.push((level - 1, child + 1));
            }
            stack.push((level - 1, child));
        }
        out
    }
}

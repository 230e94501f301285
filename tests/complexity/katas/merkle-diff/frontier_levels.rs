// learner: optimal
// idiom: NumPy-style level-synchronous frontier (like boolean-mask indexing per level): keep the sorted indices of differing nodes, expand to children, filter by inequality, then coalesce leaf indices into ranges
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


/// A Merkle tree kept as a list of levels, leaves first.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

fn pair_up<H: MerkleHasher>(below: &[H::Digest]) -> Vec<H::Digest> {
    let mut above = Vec::with_capacity((below.len() + 1) / 2);
    for k in (0..below.len()).step_by(2) {
        above.push(match below.get(k + 1) {
            Some(&r) => H::node(below[k], r),
            None => below[k],
        });
    }
    above
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|blk| H::leaf(blk)).collect();
        let mut levels = Vec::new();
        if !leaves.is_empty() {
            levels.push(leaves);
            loop {
                let top = &levels[levels.len() - 1];
                if top.len() == 1 {
                    break;
                }
                let next = pair_up::<H>(top);
                levels.push(next);
            }
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        match self.levels.first() {
            Some(leaves) => leaves.len(),
            None => 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.levels.is_empty()
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|l| l.first().copied())
    }

    /// The ranges of block indices whose leaf digests differ between the two
    /// trees, increasing and maximal. Panics if the lengths differ.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "trees differ in length ({} != {})", self.len(), other.len());
        let depth = self.levels.len();
        if depth == 0 {
            return Vec::new();
        }
        // frontier = indices (sorted) of nodes on the current level whose digests differ
        let top = depth - 1;
        let mut frontier: Vec<usize> =
            if self.levels[top][0] != other.levels[top][0] { vec![0] } else { Vec::new() };
        for lvl in (0..top).rev() {
            let (mine, theirs) = (&self.levels[lvl], &other.levels[lvl]);
            frontier = frontier
                .iter()
                .flat_map(|&p| [2 * p, 2 * p + 1])
                .filter(|&c| c < mine.len() && mine[c] != theirs[c])
                .collect();
            if frontier.is_empty() {
                break;
            }
        }
        // coalesce consecutive leaf indices
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for i in frontier {
            if let Some(r) = ranges.last_mut() {
                if r.end == i {
                    r.end = i + 1;
                    continue;
                }
            }
            ranges.push(i..i + 1);
        }
        ranges
    }
}

// learner: optimal
// idiom: enterprise: Levels newtype, NodeId struct with child/leaf helpers, RangeCollector that merges adjacent indices, explicit DFS stack
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

/// Position of a node: `level` 0 holds the leaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NodeId {
    level: usize,
    index: usize,
}

impl NodeId {
    const fn new(level: usize, index: usize) -> Self {
        NodeId { level, index }
    }

    fn is_leaf(self) -> bool {
        self.level == 0
    }

    fn left_child(self) -> NodeId {
        NodeId::new(self.level - 1, 2 * self.index)
    }

    fn right_child(self) -> NodeId {
        NodeId::new(self.level - 1, 2 * self.index + 1)
    }
}

/// Digests stored level by level, leaves first.
struct Levels<D> {
    rows: Vec<Vec<D>>,
}

impl<D: Copy> Levels<D> {
    fn from_leaves<H: MerkleHasher<Digest = D>>(leaves: Vec<D>) -> Self {
        let mut rows = vec![leaves];
        while rows.last().map_or(false, |row| row.len() > 1) {
            let next = Self::pair_up::<H>(rows.last().expect("non-empty"));
            rows.push(next);
        }
        Levels { rows }
    }

    fn pair_up<H: MerkleHasher<Digest = D>>(below: &[D]) -> Vec<D> {
        below
            .chunks(2)
            .map(|pair| match *pair {
                [left, right] => H::node(left, right),
                [single] => single,
                _ => unreachable!("chunks(2) yields one or two items"),
            })
            .collect()
    }

    fn get(&self, id: NodeId) -> Option<D> {
        self.rows.get(id.level).and_then(|row| row.get(id.index)).copied()
    }

    fn leaf_count(&self) -> usize {
        self.rows.first().map_or(0, Vec::len)
    }

    fn top(&self) -> Option<NodeId> {
        if self.leaf_count() == 0 {
            None
        } else {
            Some(NodeId::new(self.rows.len() - 1, 0))
        }
    }
}

/// Collects differing leaf indices (in increasing order) into maximal ranges.
#[derive(Debug, Default)]
struct RangeCollector {
    ranges: Vec<Range<usize>>,
}

impl RangeCollector {
    fn push(&mut self, index: usize) {
        match self.ranges.last_mut() {
            Some(last) if last.end == index => last.end = index + 1,
            _ => self.ranges.push(index..index + 1),
        }
    }

    fn finish(self) -> Vec<Range<usize>> {
        self.ranges
    }
}

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right, and an odd last node is
/// carried up unchanged; the single top node is the root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Levels<H::Digest>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves = blocks.iter().map(|block| H::leaf(block)).collect();
        MerkleTree { levels: Levels::from_leaves::<H>(leaves), _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.levels.leaf_count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.levels.top().and_then(|id| self.levels.get(id))
    }

    fn same_at(&self, other: &Self, id: NodeId) -> bool {
        self.levels.get(id) == other.levels.get(id)
    }

    fn push_children(&self, id: NodeId, stack: &mut Vec<NodeId>) {
        let right = id.right_child();
        if self.levels.get(right).is_some() {
            stack.push(right);
        }
        stack.push(id.left_child());
    }

    /// The ranges of block indices whose leaf digests differ between the two
    /// trees, increasing and maximal. Panics if the lengths differ.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees of different length cannot be diffed");
        let mut collector = RangeCollector::default();
        let mut stack: Vec<NodeId> = self.levels.top().into_iter().collect();
        while let Some(id) = stack.pop() {
            if self.same_at(other, id) {
                continue;
            }
            if id.is_leaf() {
                collector.push(id.index);
            } else {
                self.push_children(id, &mut stack);
            }
        }
        collector.finish()
    }
}

// learner: optimal
// idiom: logo teacher: Weak link up, Vec of Rc down, iterative Drop with try_unwrap, path pushed bottom-up then reversed
// why: add_child is one Vec push (amortised O(1)), parent one upgrade (O(1)), path_to_root follows d links and reverses once: O(d) time and space
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    // Looking UP: a weak link, it does not keep the parent alive.
    up_to_parent: Weak<RefCell<Node<T>>>,
    // Looking DOWN: strong links, the parent owns its children.
    my_children: Vec<NodeRef<T>>,
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up_to_parent: Weak::new(), my_children: Vec::new() }))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    // Step 1: make the child, pointing up (weakly) to the parent.
    let child = Rc::new(RefCell::new(Node {
        value,
        up_to_parent: Rc::downgrade(parent),
        my_children: Vec::new(),
    }));
    // Step 2: the parent takes ownership of a second handle.
    parent.borrow_mut().my_children.push(Rc::clone(&child));
    // Step 3: give the caller its own handle.
    child
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up_to_parent.upgrade()
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().my_children.clone()
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // Walk up like a turtle going home, writing down each value on the way.
    let mut values_from_bottom_up = Vec::new();
    let mut where_we_stand = Some(Rc::clone(node));
    while let Some(current_node) = where_we_stand {
        values_from_bottom_up.push(current_node.borrow().value.clone());
        where_we_stand = parent(&current_node);
    }
    // We wrote them bottom-up; the path is wanted top-down. Turn it around once.
    values_from_bottom_up.reverse();
    values_from_bottom_up
}

// Without this, dropping a 100 000-deep chain would recurse 100 000 times.
// We take the children out into our own pile and take the tree apart
// piece by piece with a loop.
impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pile_of_children = std::mem::take(&mut self.my_children);
        while let Some(child_handle) = pile_of_children.pop() {
            match Rc::try_unwrap(child_handle) {
                // We were the last owner: empty its children into the pile.
                // The child itself is then dropped with no children: no recursion.
                Ok(child_cell) => {
                    let mut child_node = child_cell.into_inner();
                    pile_of_children.extend(std::mem::take(&mut child_node.my_children));
                }
                // Someone else still holds it: it survives with its subtree.
                Err(_still_shared) => {}
            }
        }
    }
}

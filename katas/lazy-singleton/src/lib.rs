//! One-time initialisation that is safe under many threads.
//!
//! Build it from `std::sync::Mutex` / `Condvar` / atomics and an
//! `UnsafeCell`; `std::sync::{Once, OnceLock, LazyLock}` and
//! `std::cell::{OnceCell, LazyCell}` are off limits (that is the exercise).

use std::marker::PhantomData;
use std::ops::Deref;
use std::sync::Mutex;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    // TODO: replace the placeholder by the real state (and add an
    // `unsafe impl Sync` with a safety argument if your fields need one).
    _todo: PhantomData<T>,
}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell { _todo: PhantomData }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks.
    pub fn get(&self) -> Option<&T> {
        todo!("read the value if it is ready")
    }

    /// Returns the value, running `init` first if the cell is empty.
    ///
    /// However many threads call this at once, `init` runs in one of them at
    /// a time and, once it has returned, never again; the others wait and all
    /// see the same value. If `init` panics, the panic propagates to its
    /// caller, the cell stays empty and the next caller tries again.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let _ = init;
        todo!("double-checked initialisation")
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(self) -> Option<T> {
        todo!("hand the value out")
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value computed on first access by `F`, at most once.
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    /// A lazy value that `init` will compute. `const`, for use in a `static`.
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// Computes the value if needed and returns it.
    ///
    /// # Panics
    /// If the initialiser panicked on an earlier access (it is gone then),
    /// every later access panics too.
    pub fn force(this: &Self) -> &T {
        let _ = (&this.cell, &this.init);
        todo!("initialise the cell from the stored function")
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}

//! The typst `World` for one render: the shared base (library, fonts, template, pictures)
//! plus this render's data file and logo, all in memory. Any other path is "not found", so
//! a template can never read the disk or fetch a package.

use std::collections::HashMap;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};

/// The parts loaded once per process.
pub(crate) struct Base {
    pub library: LazyHash<Library>,
    pub book: LazyHash<FontBook>,
    pub fonts: Vec<Font>,
    pub template: Source,
    pub copy_template: Source,
    pub receipt_template: Source,
    pub held_template: Source,
    pub files: HashMap<FileId, Bytes>,
}

/// A file id for an absolute in-memory path.
pub(crate) fn file_id(path: &str) -> FileId {
    FileId::new(RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new(path).expect("built-in paths are valid"),
    ))
}

/// One render's world: cheap to build, borrowed base.
pub(crate) struct LeafletWorld<'a> {
    base: &'a Base,
    main: &'a Source,
    data: Bytes,
    logo: Option<(FileId, Bytes)>,
}

/// Where the template finds this render's data.
pub(crate) const DATA_PATH: &str = "/data.json";

impl<'a> LeafletWorld<'a> {
    pub(crate) fn new(
        base: &'a Base,
        main: &'a Source,
        data: Vec<u8>,
        logo: Option<(&str, &[u8])>,
    ) -> Self {
        Self {
            base,
            main,
            data: Bytes::new(data),
            logo: logo.map(|(path, bytes)| (file_id(path), Bytes::new(bytes.to_vec()))),
        }
    }
}

impl World for LeafletWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.base.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.base.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == file_id(DATA_PATH) {
            return Ok(self.data.clone());
        }
        if let Some((logo, bytes)) = &self.logo
            && *logo == id
        {
            return Ok(bytes.clone());
        }
        self.base
            .files
            .get(&id)
            .cloned()
            .ok_or_else(|| not_found(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.base.fonts.get(index).cloned()
    }

    /// Documents print the date they are given; "today" is not available.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}

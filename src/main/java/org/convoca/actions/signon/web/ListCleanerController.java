package org.convoca.actions.signon.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convoca.actions.signon.Certainty;
import org.convoca.actions.signon.OrgDeduplicator;
import org.convoca.actions.signon.OrgGroup;
import org.convoca.actions.signon.OrgMatching;
import org.convoca.actions.signon.SignatoryListException;
import org.convoca.actions.signon.SignatoryListReader;
import org.convoca.actions.signon.SignatoryOrder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Cleans a signatory list staff already have (pasted, or a text or CSV file): one line per organization,
 * alphabetized, spellings of the same organization merged, and the possible duplicates shown for staff to merge
 * (tick and clean again) or keep apart (the default). Nothing is saved.
 */
@Controller
class ListCleanerController {

    /** A list a person pastes or uploads in a browser; bigger ones go through {@code ./convoca orgs dedupe}. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_NAMES = 20_000;

    @GetMapping("/admin/sign-on/clean")
    String page(Model model) {
        model.addAttribute("cleaned", null);
        model.addAttribute("problem", null);
        return "signon/clean";
    }

    @PostMapping("/admin/sign-on/clean")
    String clean(@RequestParam(defaultValue = "") String names, @RequestParam(required = false) MultipartFile file,
            @RequestParam(name = "merge", required = false) List<String> merge, Model model,
            HttpServletResponse response) throws IOException {
        byte[] bytes = file != null && !file.isEmpty() ? file.getInputStream().readNBytes(MAX_BYTES + 1)
                : names.getBytes(StandardCharsets.UTF_8);
        String problem = null;
        List<String> lines = List.of();
        if (bytes.length > MAX_BYTES) {
            problem = "signon.clean.too-large";
        } else {
            try {
                lines = SignatoryListReader.read(bytes);
            } catch (SignatoryListException e) {
                problem = "signon.clean.unreadable";
            }
        }
        if (problem == null && lines.size() > MAX_NAMES) {
            problem = "signon.clean.too-many";
        } else if (problem == null && lines.stream().allMatch(String::isBlank)) {
            problem = "signon.clean.empty";
        }
        if (problem != null) {
            response.setStatus(422);
            model.addAttribute("cleaned", null);
            model.addAttribute("problem", problem);
            return "signon/clean";
        }
        model.addAttribute("cleaned", cleaned(lines, merge == null ? List.of() : merge));
        model.addAttribute("problem", null);
        return "signon/clean";
    }

    private static CleanedList cleaned(List<String> input, List<String> merge) {
        List<OrgGroup> groups = OrgDeduplicator.dedupe(input);
        List<OrgGroup> possible = groups.stream().filter(g -> g.certainty() == Certainty.POSSIBLE).toList();
        Set<Integer> chosen = new HashSet<>();
        for (String m : merge.subList(0, Math.min(merge.size(), possible.size()))) {
            try {
                int i = Integer.parseInt(m);
                if (i >= 0 && i < possible.size()) {
                    chosen.add(i);
                }
            } catch (NumberFormatException e) {
                // A tampered box merges nothing.
            }
        }
        List<String> out = new ArrayList<>();
        for (OrgGroup g : groups) {
            int p = possible.indexOf(g);
            if (g.certainty() == Certainty.SAME || chosen.contains(p)) {
                out.add(g.name());
            } else {
                g.parts().forEach(part -> out.add(OrgMatching.display(part.getFirst())));
            }
        }
        out.sort(SignatoryOrder.INSTANCE);
        List<OrgGroup> merged = groups.stream().filter(g -> g.certainty() == Certainty.SAME
                && g.members().stream().distinct().count() > 1).sorted(Comparator.comparing(OrgGroup::name,
                SignatoryOrder.INSTANCE)).toList();
        return new CleanedList(String.join("\n", input), out, merged, possible, chosen, input.size());
    }
}
